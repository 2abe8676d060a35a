from local_gateway.throttling import Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_the_rate_applies_per_key() -> None:
    clock = Clock()
    throttle = Throttle(rate_per_second=2, burst=3, clock=clock)
    assert [throttle.allow("a") for _ in range(4)] == [True, True, True, False]
    assert throttle.allow("b")  # each key has its own bucket
    clock.now += 0.5  # one token back at 2 per second
    assert throttle.allow("a")
    assert not throttle.allow("a")
