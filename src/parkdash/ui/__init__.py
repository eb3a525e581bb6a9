"""The Streamlit edge: the only package code that imports streamlit."""
