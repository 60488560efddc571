"""A real answer the store tests review and store."""

ANSWER = (
    "In my last role my manager wanted to cut our pilot from six weeks to two to hit a quarterly "
    "launch date. I disagreed, because our churn data showed customers dropped off in weeks "
    "three to five. I pulled the cohort data, wrote a one-page analysis and asked for thirty "
    "minutes with him and the engineering lead. I said I would support the date if we kept a "
    "four-week pilot for the two largest accounts. He agreed. We launched on time, caught a "
    "sync bug in week four that would have hit 40% of enterprise users, and churn in the pilot "
    "cohort dropped 12%. Afterwards I set up a weekly review with him so disagreements surfaced "
    "earlier."
)
