"""gunicorn as the peer is deployed: gthread, one worker per core, 4 threads each."""
import multiprocessing
import os

bind = "127.0.0.1:" + os.environ["BENCH_DJANGO_PORT"]
worker_class = "gthread"
workers = multiprocessing.cpu_count()
threads = 4
accesslog = None
errorlog = "-"
loglevel = "warning"
