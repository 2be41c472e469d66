"""Event coding: triggers, actors, quantities, factuality, assembly into contract events."""
