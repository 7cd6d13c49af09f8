"""Fields are read from the responses and compared across spellings of the same thing."""

from bench.fields import leaf_paths, side_by_side


def test_envelopes_and_list_positions_are_folded_away():
    rest = {"meta": {"total_count": 2}, "items": [{"id": 1, "hero_image": {"alt": "a"}}, {"id": 2}]}
    ours = {
        "data": {
            "newsItems": {
                "totalCount": 2,
                "edges": [{"node": {"id": "1", "heroImage": {"alt": "a"}}}],
            }
        }
    }
    assert leaf_paths(rest) == leaf_paths(ours) == {"total_count", "id", "hero_image.alt"}


def test_grapples_alt_text_and_v3s_html_url_match_our_names():
    assert leaf_paths({"altText": "x", "html_url": "/a/"}) == {"alt", "url_path"}


def test_a_rest_body_value_and_id_references_match_our_typed_blocks():
    rest = {"body": [{"type": "paragraph", "value": "<p>x</p>", "id": "b"},
                     {"type": "image", "value": {"image": 4, "caption": ""}, "id": "c"}]}  # fmt: skip
    ours = {"body": [{"blockType": "paragraph", "html": "<p>x</p>", "id": "b"},
                     {"blockType": "image", "image": {"id": "4"}, "caption": "", "id": "c"}]}  # fmt: skip
    assert leaf_paths(rest) == leaf_paths(ours)


def test_side_by_side_lists_what_only_one_side_returns():
    compared = side_by_side({"id", "detail_url"}, {"id", "kind"})
    assert compared == {"both": ["id"], "only_peer": ["detail_url"], "only_ours": ["kind"]}
