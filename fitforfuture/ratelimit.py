"""A per-address limit on public form posts, kept in the cache shared by every app server."""

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The client's address; behind N trusted proxies, the Nth address from the right of X-Forwarded-For."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(request, scope: str) -> str:
    return f"ratelimit:{scope}:{client_address(request)}"


def rate_limited(request, *, scope: str, limit: int, period: int) -> bool:
    """Count this request against the address's allowance; True once the allowance is used up."""
    key = _key(request, scope)
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    if count is None:  # the cache is unreachable (Redis errors are ignored): let people through
        return False
    return count > limit


def rate_limit_refund(request, *, scope: str) -> None:
    """Give back the count of a request that turned out to use nothing (a response sent again)."""
    try:
        cache.decr(_key(request, scope))
    except ValueError:  # the allowance's period ended meanwhile: nothing to give back
        pass
