from .coding import Action, ActionStatus, Coding, PopulationDimension, PopulationFigure, Quote, Theme, WorkingGroup
from .easy_read import EasyReadPage
from .exports import ExportFormat, ExportJob, ExportStatus
from .pages import ConsultationIndexPage, ConsultationPage, Status, YouSaidWeDidPage
from .responses import Answer, Channel, Draft, RespondentType, Response
from .topics import ConsultationTopic

__all__ = [
    "Action",
    "ActionStatus",
    "Coding",
    "PopulationDimension",
    "PopulationFigure",
    "Quote",
    "Theme",
    "WorkingGroup",
    "YouSaidWeDidPage",
    "Answer",
    "Channel",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationTopic",
    "EasyReadPage",
    "Draft",
    "ExportFormat",
    "ExportJob",
    "ExportStatus",
    "RespondentType",
    "Response",
    "Status",
]
