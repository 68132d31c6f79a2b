@rfl @server
Feature: HEARTBEAT
  The seed's server answers [""]["HEARTBEAT"] with [""]["HEARTBEAT"][server_id].
  The fix for D6: the id is the endpoint clients connect to.

  @RFL-S1 @must @RFL-7 @RFL-2 @RFL-8
  Scenario: HEARTBEAT -> heartbeat reply
    When client c1 sends HEARTBEAT
    Then client c1 receives a heartbeat reply within the reply timeout

  @RFL-S16 @should
  Scenario: the server id is the endpoint clients connect to
    When client c1 sends HEARTBEAT
    Then client c1 receives a heartbeat reply naming the endpoint within the reply timeout
