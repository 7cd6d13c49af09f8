from django.core.management.base import BaseCommand

from newsroom_pages.demo.builder import DemoNewsroomBuilder


class Command(BaseCommand):
    help = "Build the demo newsroom from the seed listing. Safe to run again: it changes nothing."

    def handle(self, *args, **options) -> None:
        created = DemoNewsroomBuilder(report=self.stdout.write).build()
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo newsroom ready ({created} objects created).")
            )
        else:
            self.stdout.write("Demo newsroom already complete; nothing changed.")
