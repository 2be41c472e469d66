"""Measurement: gold formats, scorers, benchmark adapters, reports (`frontlines eval`)."""
