"""Readers: bytes and files in, `InputDoc` (text plus metadata) or a typed rejection out."""
