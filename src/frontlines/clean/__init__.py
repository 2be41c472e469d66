"""Article cleaning: page chrome, datelines, genre, source, language, near-duplicates."""
