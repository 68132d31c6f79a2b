@mdp-0.2 @broker
Feature: Broker rejects invalid messages and keeps serving
  18/MDP: every command carries the protocol header so each received message can
  be validated; the broker should drop invalid messages and treat the sender as
  invalid. An invalid message must never register a worker, reach a client or
  worker, or stop the broker serving valid traffic.

  @MDP2-23 @must @MDP2-35
  Scenario Outline: <message> broken by "<defect>" is dropped and the broker keeps serving
    Given worker "w1" has sent READY for service "echo"
    When <sender> "bad" sends a <message> broken by "<defect>"
    Then <sender> "bad" receives nothing but DISCONNECT for the quiet period
    And worker "w1" has received no REQUEST meanwhile
    And the broker still routes a REQUEST from client "c9" to worker "w1"

    Examples: worker messages
      | sender | message    | defect                  |
      | worker | READY      | missing header          |
      | worker | READY      | wrong header            |
      | worker | READY      | wrong command           |
      | worker | READY      | missing service         |
      | worker | READY      | an extra frame          |
      | worker | HEARTBEAT  | wrong header            |
      | worker | HEARTBEAT  | an extra frame          |
      | worker | DISCONNECT | wrong command           |
      | worker | FINAL      | missing address delimiter |
      | worker | FINAL      | no body                 |

    Examples: client messages
      | sender | message | defect          |
      | client | REQUEST | missing command |
      | client | REQUEST | wrong header    |
      | client | REQUEST | missing service |
      | client | REQUEST | no body         |
      | client | REQUEST | a worker header |
