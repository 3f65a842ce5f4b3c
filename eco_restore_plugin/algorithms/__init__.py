"""Processing algorithms of the ecorestore provider (one module per algorithm)."""
