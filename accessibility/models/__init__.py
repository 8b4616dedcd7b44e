from .media import *  # noqa: F403
from .pages import *  # noqa: F403
from .reports import *  # noqa: F403
