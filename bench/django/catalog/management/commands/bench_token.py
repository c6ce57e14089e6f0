from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Makes the benchmark's user (no usable password) and gives it the token key passed in."

    def add_arguments(self, parser):
        parser.add_argument("key")

    def handle(self, *args, key, **options):
        user, _ = get_user_model().objects.get_or_create(username="bench", defaults={"is_superuser": True})
        user.set_unusable_password()
        user.save()
        Token.objects.filter(user=user).delete()
        Token.objects.create(user=user, key=key)
