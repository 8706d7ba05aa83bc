"""Django's Redis cache, made to fail soft: while Redis cannot be reached the archive runs uncached.

Everything the archive caches (facet counts, the suggestion vocabulary, sitemap pages, rendered references)
can be computed again, so a Redis restart or a network partition must slow pages down, not break them:
Django's RedisCache raises on a refused connection, which would turn every cached page into a 500. Here a
connection or timeout error reads as a miss and a write is dropped, logged at most once a minute.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY_SECONDS = 60.0
_last_logged = 0.0

Method = TypeVar("Method", bound=Callable[..., Any])


def _log(error: Exception) -> None:
    global _last_logged
    now = time.monotonic()
    if now - _last_logged >= LOG_EVERY_SECONDS:
        _last_logged = now
        logger.warning("Redis cache unreachable (%s); serving uncached until it answers", error)


def _soft(fallback: Callable[..., Any]) -> Callable[[Method], Method]:
    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def wrapper(self: RedisCache, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except UNREACHABLE as error:
                _log(error)
                return fallback(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def _default(key: Any, default: Any = None, *args: Any, **kwargs: Any) -> Any:
    return default


class FailSoftRedisCache(RedisCache):
    """RedisCache whose reads miss and whose writes are dropped while Redis does not answer."""

    get = _soft(_default)(RedisCache.get)
    set = _soft(lambda *args, **kwargs: None)(RedisCache.set)
    add = _soft(lambda *args, **kwargs: False)(RedisCache.add)
    touch = _soft(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = _soft(lambda *args, **kwargs: False)(RedisCache.delete)
    has_key = _soft(lambda *args, **kwargs: False)(RedisCache.has_key)
    get_many = _soft(lambda *args, **kwargs: {})(RedisCache.get_many)
    set_many = _soft(lambda *args, **kwargs: [])(RedisCache.set_many)
    delete_many = _soft(lambda *args, **kwargs: None)(RedisCache.delete_many)
    clear = _soft(lambda *args, **kwargs: False)(RedisCache.clear)
