"""The one "today" of a test run.

Deadlines and "posted 3 days ago" are counted in whole days, so a run that crosses
midnight would otherwise see two todays: the one its test modules computed when they
were imported and the one the code under test reads later. conftest pins every test's
clock to noon of this day (ticking), and the modules import it from here.
"""

import datetime as dt

from django.utils import timezone

TODAY = timezone.localdate()
NOON = dt.datetime.combine(TODAY, dt.time(12), tzinfo=timezone.get_current_timezone())
