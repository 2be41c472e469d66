"""Places: gazetteer index, toponym recognition and resolution."""
