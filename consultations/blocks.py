"""Question blocks: engagement leads build questionnaires from these in the page editor.

Every question and every option keeps a stable id (the block id), so answers stay linked
to the right question however the questionnaire is reordered or reworded.
"""

from django.forms.utils import ErrorList

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class BaseQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300, help_text="Ask one thing, in plain words.")
    hint = blocks.TextBlock(required=False, help_text="Optional help shown under the question.")
    required = blocks.BooleanBlock(required=False, default=False, help_text="People must answer this question.")
    retired = blocks.BooleanBlock(
        required=False,
        default=False,
        help_text="Stop asking this question. Its answers are kept for the report.",
    )

    class Meta:
        icon = "help"
        form_classname = "struct-block question-block"


class ChoiceQuestionBlock(BaseQuestionBlock):
    options = blocks.ListBlock(blocks.CharBlock(max_length=200, label="Option"), min_num=2, max_num=20)

    def clean(self, value):
        value = super().clean(value)
        labels = [str(option).strip().lower() for option in value["options"]]
        if len(labels) != len(set(labels)):
            raise blocks.StructBlockValidationError(
                block_errors={"options": ErrorList(["Each option must be different."])}
            )
        return value


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = "Single choice"
        description = "People pick one option."
        preview_value = {"question": "Which minor injury unit do you use?", "options": ["Doddington", "Ely"]}


class MultipleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "tasks"
        label = "Multiple choice"
        description = "People tick all the options that apply."


class RankingBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "order"
        label = "Ranking"
        description = "People put the options in order, 1 first."


class LikertBlock(BaseQuestionBlock):
    class Meta:
        icon = "list-ol"
        label = "Agree or disagree (Likert scale)"
        description = "A statement people rate from 'strongly agree' to 'strongly disagree'."


class FreeTextBlock(BaseQuestionBlock):
    max_length = blocks.IntegerBlock(default=1500, min_value=50, max_value=5000, help_text="Most characters allowed.")

    class Meta:
        icon = "pilcrow"
        label = "Free text"
        description = "People write their own answer."


class PostcodeBlock(BaseQuestionBlock):
    class Meta:
        icon = "site"
        label = "Postcode"
        description = "Asks for a postcode; only the district (such as PE13) is kept."


class YesNoBlock(BaseQuestionBlock):
    class Meta:
        icon = "tick"
        label = "Yes or no"


class PageBreakBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, help_text="Optional heading of the next page.")

    class Meta:
        icon = "horizontalrule"
        label = "New page"
        description = "Starts a new page of questions."


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    likert = LikertBlock()
    ranking = RankingBlock()
    free_text = FreeTextBlock()
    postcode = PostcodeBlock()
    yes_no = YesNoBlock()
    page_break = PageBreakBlock()


class EasyReadRowBlock(blocks.StructBlock):
    """One idea of an Easy Read summary: a picture on the left, a short sentence on the right."""

    image = ImageChooserBlock(required=False, help_text="A simple picture that shows the idea. You can leave it out.")
    alt_text = blocks.CharBlock(
        required=False, max_length=150, help_text="What the picture shows, for people who cannot see it."
    )
    text = blocks.TextBlock(max_length=200, help_text="One idea, in one or two short sentences.")

    class Meta:
        icon = "image"
        template = "consultations/blocks/easy_read_row.html"
        label = "Easy Read row"
        description = "A picture and one short idea, side by side, in large type."
        preview_value = {"text": "There are 3 minor injury units in East Cambridgeshire and Fenland."}

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ErrorList(["Say what the picture shows."])}
            )
        return value


class EasyReadHeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80)
    level = blocks.ChoiceBlock(choices=[("2", "Level 2 (section)"), ("3", "Level 3 (sub-section)")], default="2")

    class Meta:
        icon = "title"
        template = "consultations/blocks/easy_read_heading.html"
        label = "Heading"
        description = "A short heading that starts a new part of the Easy Read summary."
        preview_value = {"text": "What is this about?", "level": "2"}


class EasyReadBlock(blocks.StreamBlock):
    heading = EasyReadHeadingBlock()
    row = EasyReadRowBlock()
