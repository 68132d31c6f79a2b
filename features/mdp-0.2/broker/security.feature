@mdp-0.2 @broker @security
Feature: A CURVE broker serves only the keys it allows
  marque's own requirements (SEC-n, specs/curve.yaml) for a broker that claims
  CURVE (RFC 26) with an allow-list enforced by a ZAP handler (RFC 27). They run
  only when the suite is given the broker's public key (--curve-server-key, or
  --curve with --reference); every peer of the suite then connects over CURVE
  with the key the broker was told to allow ({curve_allow}).

  @SEC-2 @must @SEC-1
  Scenario: A client with a key the broker does not allow gets no service, and allowed clients still do
    Given worker "w1" has sent READY for service "echo"
    When an outsider with a CURVE key the broker does not allow sends a REQUEST for service "echo" with body "let me in"
    Then worker "w1" receives no REQUEST within the reply timeout
    And the outsider receives nothing within the quiet period
    When client "c1" sends a REQUEST for service "echo" with body "hello"
    Then worker "w1" receives a REQUEST from client "c1" with body "hello" within the reply timeout
    When worker "w1" sends a FINAL with body "world"
    Then client "c1" receives a FINAL from service "echo" with body "world" within the reply timeout

  @SEC-3 @must @SEC-1
  Scenario: A plaintext peer cannot talk to the CURVE endpoint, and CURVE clients still get service
    Given worker "w1" has sent READY for service "echo"
    When a plaintext outsider sends a REQUEST for service "echo" with body "in the clear"
    Then worker "w1" receives no REQUEST within the reply timeout
    And the outsider receives nothing within the quiet period
    When client "c1" sends a REQUEST for service "echo" with body "hello"
    Then worker "w1" receives a REQUEST from client "c1" with body "hello" within the reply timeout
    When worker "w1" sends a FINAL with body "world"
    Then client "c1" receives a FINAL from service "echo" with body "world" within the reply timeout
