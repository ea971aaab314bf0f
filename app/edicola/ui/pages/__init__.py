"""The Pages view: the edition's printed pages beside its articles (the print replica)."""
