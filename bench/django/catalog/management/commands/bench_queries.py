import os

from django.db import connection
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.test.utils import CaptureQueriesContext


class Command(BaseCommand):
    help = (
        "Counts the SQL statements one request runs, as the peer serves it (same views, same "
        "settings), averaged over the paths given: bench/run.sh prints it as the peer's SQL/req."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")

    def handle(self, *args, paths, **options):
        client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION="Token " + os.environ["BENCH_DJANGO_TOKEN"])
        client.get(paths[0])  # the connection opens once, as in a gunicorn thread
        total = 0
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                status = client.get(path).status_code
            if status != 200:
                raise CommandError(f"{path} answered {status}")
            total += len(queries)
        self.stdout.write(f"{total / len(paths):.2f}")
