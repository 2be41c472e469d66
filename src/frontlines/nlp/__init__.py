"""Text structure and spaCy: body normalisation, sentences, the candidate pass, parsing."""
