"""Page layout: line facts, segmentation into blocks (title, body, chrome) and the block type."""
