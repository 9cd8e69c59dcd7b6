"""Every factory builds a valid object."""

from assemblies.factories import AssemblyPageFactory, SessionFactory, SignupFactory


def test_every_factory_builds(assembly_index):
    assembly = AssemblyPageFactory(parent=assembly_index)
    session = SessionFactory(assembly=assembly)
    signup = SignupFactory(session=session)
    assert signup.session.assembly.live
    assert session.ends_at > session.starts_at
