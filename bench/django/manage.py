#!/usr/bin/env python3
"""The Django/DRF peer's command line (migrate, the benchmark's token, query counts)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
