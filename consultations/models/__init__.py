from .exports import ExportFormat, ExportJob, ExportStatus
from .pages import ConsultationIndexPage, ConsultationPage, Status
from .responses import Answer, Channel, Draft, RespondentType, Response
from .topics import ConsultationTopic

__all__ = [
    "Answer",
    "Channel",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationTopic",
    "Draft",
    "ExportFormat",
    "ExportJob",
    "ExportStatus",
    "RespondentType",
    "Response",
    "Status",
]
