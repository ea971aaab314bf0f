"""Data files Edicola reads at run time: schemas, fonts, styles, icons, translations.

Installed as ``edicola.resources``; found through ``edicola.paths.resource``.
"""
