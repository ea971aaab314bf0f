"""The print replica: pages and regions in the manifest, PDFium behind limits."""
