"""policyextract: policy texts in, analysis-ready Parquet tables out."""

__version__ = "0.1.0"
