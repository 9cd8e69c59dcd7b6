"""Static file storage: whitenoise's compressed, hashed files."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage


def _without_source_maps(patterns):
    return tuple(
        (extension, tuple(p for p in rules if "sourceMappingURL" not in (p[0] if isinstance(p, tuple) else p)))
        for extension, rules in patterns
    )


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed and compressed static files; source-map comments are left alone.

    Packaged front-end assets (NHS.UK frontend) point at .map files they do not ship,
    which would otherwise stop collectstatic.
    """

    patterns = _without_source_maps(ManifestStaticFilesStorage.patterns)
