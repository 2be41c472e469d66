"""Time: date expressions resolved against the publication date or dateline."""
