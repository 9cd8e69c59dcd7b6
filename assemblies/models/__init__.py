from .pages import AssemblyIndexPage, AssemblyPage
from .sessions import AccessInfo, Session, Town
from .signups import Signup, SignupStatus

__all__ = [
    "AccessInfo",
    "AssemblyIndexPage",
    "AssemblyPage",
    "Session",
    "Signup",
    "SignupStatus",
    "Town",
]
