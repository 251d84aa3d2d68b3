from django.apps import AppConfig


class PostingsConfig(AppConfig):
    name = "postings"
    verbose_name = "Job postings"

    def ready(self) -> None:
        # Cache invalidation is a cross-cutting concern, the one thing signals do here: every
        # write path (importer, admin, shell) must retire cached pages.
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .cache import invalidate_board_on_commit
        from .models import Company, Location, Posting

        for model in (Posting, Company, Location):
            post_save.connect(
                invalidate_board_on_commit, sender=model, dispatch_uid=f"cache-{model}"
            )
            post_delete.connect(
                invalidate_board_on_commit, sender=model, dispatch_uid=f"del-{model}"
            )
        for through in (Posting.locations.through, Posting.research_areas.through):
            m2m_changed.connect(
                invalidate_board_on_commit, sender=through, dispatch_uid=f"m2m-{through}"
            )
