"""dossier: turns a folder of news articles into a browsable, citable research dossier."""

__version__ = "0.1.0"
