"""When to try again: exponential backoff with full jitter, and ``Retry-After``.

Comment delivery, downloads and catalog refreshes all retry the same way, so
the policy lives once, here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter: ``random(0, min(cap, base * 2**n))``.

    Full jitter spreads many clients that failed together (a server restart)
    over the whole window instead of letting them retry in lockstep. A
    server's ``Retry-After`` is a floor, never shortened by the jitter.
    """

    base: float = 2.0
    cap: float = 300.0
    max_retry_after: float = 3600.0

    def delay(
        self, failures: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after the ``failures``-th consecutive failure (1 = first)."""
        exponent = max(0, failures - 1)
        window = self.cap if exponent >= 64 else min(self.cap, self.base * 2.0**exponent)
        wait = (rng or random).uniform(0.0, window)
        if retry_after is not None and retry_after > 0:
            wait = max(wait, min(retry_after, self.max_retry_after))
        return wait


def parse_retry_after(value: str | None, now: float) -> float | None:
    """``Retry-After`` as seconds from ``now`` (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    import email.utils  # only for an HTTP date: 10 ms of the reader's start (issue 21)

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)
