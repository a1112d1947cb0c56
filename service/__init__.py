"""timeline-api: news article text in, a timeline of dated events out."""
