"""StreamField blocks for publishing pages, rendered with NHS.UK frontend markup."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtailnhsukfrontend import blocks as nhsuk_blocks

HEADING_LEVELS = [("2", "Level 2 (section)"), ("3", "Level 3 (sub-section)"), ("4", "Level 4")]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=150)
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="2")

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        description = "A heading. Choose the level so the page outline stays in order."
        preview_value = {"text": "What is changing", "level": "2"}


class InsetBlock(nhsuk_blocks.InsetTextBlock):
    class Meta:
        icon = "pick"
        template = "wagtailnhsukfrontend/inset_text.html"
        description = "Highlights a key fact so it stands out from the text around it."
        preview_value = {"body": "<p>Around 90 people came to the five assemblies in March 2016.</p>"}


class WarningBlock(nhsuk_blocks.WarningCalloutBlock):
    class Meta:
        icon = "warning"
        template = "wagtailnhsukfrontend/warning_callout.html"
        description = "A warning callout for something people must not miss."
        preview_value = {"title": "Important", "heading_level": 3, "body": "<p>This consultation has closed.</p>"}


class ExpanderBlock(nhsuk_blocks.DetailsBlock):
    class Meta:
        icon = "collapse-down"
        template = "wagtailnhsukfrontend/details.html"
        description = "Hides detail behind a short summary that people can open."
        preview_value = {
            "title": "What does STP mean?",
            "body": [("richtext", "<p>Sustainability and Transformation Plan.</p>")],
        }


class ActionLinkBlock(nhsuk_blocks.ActionLinkBlock):
    class Meta:
        icon = "link"
        template = "wagtailnhsukfrontend/action_link.html"
        description = "A link that asks people to do something, such as 'Have your say'."
        preview_value = {"text": "Have your say", "external_url": "https://example.org/"}


class ImageBlock(nhsuk_blocks.ImageBlock):
    class Meta:
        icon = "image"
        template = "wagtailnhsukfrontend/image.html"
        description = "An image with alternative text and an optional caption."


class DataTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, help_text="Says what the table shows.")
    table = TableBlock(
        table_options={"startRows": 3, "startCols": 2, "contextMenu": True, "editor": "text"},
        help_text="The first row is used as the header row.",
    )
    numeric_columns = blocks.CharBlock(
        required=False,
        help_text="Optional: numbers of columns to right-align, counting from 1, e.g. '2,3'.",
    )

    class Meta:
        icon = "table"
        template = "home/blocks/table.html"
        description = "A table of facts or figures, with a caption and a header row."
        preview_value = {
            "caption": "Evaluation criteria",
            "table": {"data": [["Criterion", "Weight (%)"], ["Quality", "30"], ["Affordability", "25"]]},
        }

    def clean(self, value):
        value = super().clean(value)
        rows = (value.get("table") or {}).get("data") or []
        if len([row for row in rows if any(cell not in (None, "") for cell in row)]) < 2:
            raise blocks.StructBlockValidationError(
                block_errors={"table": ErrorList(["Add a header row and at least one row of data."])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rows = [list(row) for row in (value["table"] or {}).get("data") or []]
        rows = [row for row in rows if any(cell not in (None, "") for cell in row)]
        numeric = {int(part) - 1 for part in (value.get("numeric_columns") or "").split(",") if part.strip().isdigit()}
        context["header"] = rows[0] if rows else []
        context["rows"] = [
            [{"text": cell or "", "numeric": index in numeric} for index, cell in enumerate(row)] for row in rows[1:]
        ]
        context["numeric"] = numeric
        return context


class ChartRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120)
    value = blocks.FloatBlock()


class ChartValue(blocks.StructValue):
    """Figures for a horizontal bar chart, with bar widths as percentages of the largest."""

    @cached_property
    def bars(self):
        rows = list(self.get("rows") or [])
        largest = max((abs(row["value"]) for row in rows), default=0) or 1
        return [
            {
                "label": row["label"],
                "value": row["value"],
                "display": f"{row['value']:g}",
                "percent": round(abs(row["value"]) / largest * 100, 2),
                "y": index * 44,
                "width": round(abs(row["value"]) / largest * 300, 1),
            }
            for index, row in enumerate(rows)
        ]

    @cached_property
    def height(self):
        return max(len(self.bars), 1) * 44


class ChartBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    description = blocks.TextBlock(
        help_text="One or two sentences that say what the chart shows, read out by screen readers."
    )
    unit = blocks.CharBlock(max_length=20, required=False, help_text="For example '%' or '£m'.")
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="3")
    rows = blocks.ListBlock(ChartRowBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/chart.html"
        value_class = ChartValue
        description = "A bar chart drawn as SVG, with the same figures in a table."
        preview_value = {
            "title": "How options are judged",
            "description": "Weight of each criterion, out of 100.",
            "unit": "%",
            "heading_level": "3",
            "rows": [{"label": "Quality", "value": 30}, {"label": "Affordability", "value": 25}],
        }

    def clean(self, value):
        value = super().clean(value)
        labels = [row["label"].strip().lower() for row in value.get("rows") or []]
        if len(labels) != len(set(labels)):
            raise blocks.StructBlockValidationError(block_errors={"rows": ErrorList(["Each bar needs its own label."])})
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Leave blank to use the document's title.")

    class Meta:
        icon = "doc-full-inverse"
        template = "home/blocks/document_link.html"
        description = "A link to a document with its type, language and file size."


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        template="home/blocks/rich_text.html",
        icon="pilcrow",
    )
    inset = InsetBlock()
    warning = WarningBlock()
    details = ExpanderBlock()
    table = DataTableBlock()
    chart = ChartBlock()
    image = ImageBlock()
    document = DocumentLinkBlock()
    action_link = ActionLinkBlock()

    class Meta:
        block_counts = {}


class StatBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=30)
    label = blocks.CharBlock(max_length=200)
    source = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "pick"
        template = "home/blocks/stat.html"
        description = "A headline figure, such as the size of the money gap, with its source."
        preview_value = {"figure": "£543m", "label": "system-wide financial challenge"}


class PriorityBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    summary = blocks.TextBlock()
    points = blocks.ListBlock(blocks.CharBlock(max_length=120))
    page = blocks.PageChooserBlock(required=False)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/priority.html"
        description = "One of the plan's priorities with the points of the plan under it."

    def clean(self, value):
        value = super().clean(value)
        if not value.get("points"):
            raise ValidationError("Add at least one point of the plan.")
        return value


class RiskBlock(blocks.StructBlock):
    reference = blocks.CharBlock(max_length=20, required=False, help_text="For example 'R-06'.")
    risk = blocks.TextBlock(help_text="What could go wrong.")
    score = blocks.IntegerBlock(
        min_value=1, max_value=25, label="Risk score", help_text="The score before the actions."
    )
    mitigation = blocks.TextBlock(label="What is being done about it")
    score_after = blocks.IntegerBlock(min_value=1, max_value=25, required=False, label="Risk score after the actions")

    class Meta:
        icon = "warning"

    def clean(self, value):
        value = super().clean(value)
        if value.get("score_after") and value["score_after"] > value["score"]:
            raise blocks.StructBlockValidationError(
                block_errors={"score_after": ErrorList(["The score after the actions cannot be higher than before."])}
            )
        return value


class RiskListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=150)
    heading_level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="2")
    intro = blocks.TextBlock(required=False)
    risks = blocks.ListBlock(RiskBlock(), min_num=1)

    class Meta:
        icon = "warning"
        template = "home/blocks/risk_list.html"
        description = "Risks to the programme, each with its score, what is being done and the score after that."
        preview_value = {
            "heading": "Main risks",
            "heading_level": "2",
            "intro": "",
            "risks": [
                {
                    "reference": "R-26",
                    "risk": "There is a risk that ineffective STP Governance may lead to failure to deliver "
                    "on agreed actions.",
                    "score": 20,
                    "mitigation": "Revision of Governance Framework underway.",
                    "score_after": 16,
                }
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        references = [risk["reference"].strip().lower() for risk in value.get("risks") or [] if risk["reference"]]
        if len(references) != len(set(references)):
            raise blocks.StructBlockValidationError(
                block_errors={"risks": ErrorList(["Each risk needs its own reference."])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["item_level"] = min(int(value["heading_level"]) + 1, 6)
        return context


class DeliveryBlock(blocks.StreamBlock):
    """What a delivery progress page is made of: text, metrics tables and charts, and risks."""

    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        template="home/blocks/rich_text.html",
        icon="pilcrow",
    )
    inset = InsetBlock()
    table = DataTableBlock()
    chart = ChartBlock()
    risks = RiskListBlock()
