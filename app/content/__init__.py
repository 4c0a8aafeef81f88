"""Content model and strict loader: authored YAML/Markdown in resources/content -> typed records."""
