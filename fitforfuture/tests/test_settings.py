"""Production settings refuse to start without their secrets and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="fitforfuture.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="fitforfuture.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_deploy_checks_with_no_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="s" * 20 + "-deploy-check-" + "k" * 40,
        ALLOWED_HOSTS="fitforfuture.example",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_manage("check", SECRET_KEY="k" * 60, ALLOWED_HOSTS="fitforfuture.example")
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_every_migration_that_inserts_bootstrap_rows_is_run_again_after_a_flush():
    """A test that flushes every table loses the staff groups and their rights; the browser
    tests put them back with fitforfuture.testing, which must know every such migration."""
    import pkgutil
    from importlib import import_module

    from django.db.migrations.operations.special import RunPython

    from fitforfuture.testing import DATA_MIGRATIONS

    inserting = set()
    for app in ("home", "consultations", "assemblies", "fitforfuture", "subscriptions"):
        package = import_module(f"{app}.migrations")
        for module_info in pkgutil.iter_modules(package.__path__):
            module = import_module(f"{app}.migrations.{module_info.name}")
            for operation in module.Migration.operations:
                if isinstance(operation, RunPython) and not operation.elidable:
                    inserting.add((module.__name__, operation.code.__name__))
    assert inserting == set(DATA_MIGRATIONS)
