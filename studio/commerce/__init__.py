"""Commerce data: product catalogue, prices and currencies, comments."""
