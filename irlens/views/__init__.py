"""View models for the irlens app: plain functions over captures (no Streamlit), so each view
can be tested on real bundles and reused by the HTML report."""
