"""The admin's bulk "add to collection" moves images and documents with one queryset update,
which sends no post_save: their renditions are relocated and cached answers dropped here."""

from wagtail import hooks

from .placement import media_changed_collection


@hooks.register("after_bulk_action")
def relocate_after_bulk_move(request, action_type, objects, action_class_instance) -> None:
    if action_type == "add_to_collection" and objects:
        media_changed_collection(action_class_instance.model, [item.pk for item in objects])
