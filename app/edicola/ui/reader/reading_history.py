"""Back/forward through what the reader looked at, like a browser's history.

A location is a front page (``front``, edition id) or an article (``article``,
article id). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FRONT = "front"
ARTICLE = "article"


@dataclass(frozen=True)
class Location:
    kind: str
    id: str


@dataclass
class ReadingHistory:
    limit: int = 200
    _back: list[Location] = field(default_factory=list)
    _forward: list[Location] = field(default_factory=list)
    current: Location | None = None

    def visit(self, location: Location) -> None:
        """Go somewhere new: the forward trail is dropped."""
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self._forward.clear()
        self.current = location

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Location | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Location | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
