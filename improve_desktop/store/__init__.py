"""SQLAlchemy only: models, the engine with its PRAGMAs, migrations at start-up."""
