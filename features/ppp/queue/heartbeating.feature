@ppp @queue
Feature: Queue heartbeating and worker expiry
  6/PPP "Heartbeating": the client (here the queue) should heartbeat its
  workers at the agreed interval (PPP-9), idle or busy, with the one-frame
  HEARTBEAT 0x02 (PPP-3); once a worker has been silent for its liveness
  window the queue should count it gone and send it nothing more (PPP-13).

  @PPP-9 @should @PPP-3
  Scenario: An idle worker gets HEARTBEAT at the agreed interval
    Given worker "w1" has sent READY
    Then worker "w1" receives 3 HEARTBEATs, each within 1.5 heartbeat intervals of the last

  @PPP-9 @should @PPP-3
  Scenario: A busy worker gets HEARTBEAT too
    Given worker "w1" has sent READY
    When client "c1" sends the request "work"
    Then worker "w1" receives the request "work" within the reply timeout
    And worker "w1", busy, receives 2 HEARTBEATs, each within 1.5 heartbeat intervals of the last

  @PPP-13 @should @PPP-11
  Scenario: A silent worker is purged: nothing more for it, requests go to the live one
    Given worker "w1" has sent READY
    And worker "w2" has sent READY
    When worker "w1" goes silent
    And the expiry time passes
    Then worker "w1" receives nothing for the quiet period
    When client "c1" sends the request "after"
    Then worker "w2" receives the request "after" within the reply timeout
