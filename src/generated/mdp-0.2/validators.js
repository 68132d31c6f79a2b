/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: validators.js)
 */
"use strict";
function __ucs2length(s) {
  let n = 0
  for (const _ of s) n++
  return n
}
exports.ClientFinal = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/client-final.schema.json","title":"ClientFinal","description":"MDP/Client FINAL, broker to client: the MDPC02 header, command 0x03, the service name, then one or more body frames from the worker FINAL. Exactly one per request, and nothing follows it (18/MDP 'MDP/Client Commands').","type":"object","properties":{"command":{"const":"FINAL"},"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","service","body"],"additionalProperties":false,"x-requirements":["MDP2-8","MDP2-23"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"03","rule":"MDP2-8"},{"name":"service","field":"service","as":"text","rule":"MDP2-8"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-8"}],"x-vectors":[{"name":"echo final","message":{"command":"FINAL","service":"echo","body":["hello"]},"frames":["MDPC02",{"hex":"03"},"echo","hello"]},{"name":"final with two body frames","message":{"command":"FINAL","service":"echo","body":["part 1","part 2"]},"frames":["MDPC02",{"hex":"03"},"echo","part 1","part 2"]}]};
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/service-name.schema.json","description":"A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').","type":"string","minLength":1,"maxLength":255,"pattern":"^[\\x20-\\x7E]+$"};
const func1 = __ucs2length;
const pattern4 = new RegExp("^[\\x20-\\x7E]+$", "u");
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/common/body-frames.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate21.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(data[i0] instanceof Uint8Array)){
validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/client-final.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.body === undefined) && (missing0 = "body"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "body"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("FINAL" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "FINAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data1 = data.service;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate20.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs6 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ClientPartial = validate23;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/client-partial.schema.json","title":"ClientPartial","description":"MDP/Client PARTIAL, broker to client: the MDPC02 header, command 0x02, the service name, then one or more body frames from a worker PARTIAL. Zero or more precede the FINAL (18/MDP 'MDP/Client Commands').","type":"object","properties":{"command":{"const":"PARTIAL"},"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","service","body"],"additionalProperties":false,"x-requirements":["MDP2-7","MDP2-23"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"02","rule":"MDP2-7"},{"name":"service","field":"service","as":"text","rule":"MDP2-7"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-7"}],"x-vectors":[{"name":"first part of an echo","message":{"command":"PARTIAL","service":"echo","body":["hel"]},"frames":["MDPC02",{"hex":"02"},"echo","hel"]},{"name":"partial with three body frames","message":{"command":"PARTIAL","service":"db.query","body":["row 1","",{"hex":"00ff"}]},"frames":["MDPC02",{"hex":"02"},"db.query","row 1","",{"hex":"00ff"}]}]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/client-partial.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.body === undefined) && (missing0 = "body"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "body"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("PARTIAL" !== data.command){
validate23.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "PARTIAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data1 = data.service;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate23.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs6 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ClientRequest = validate25;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/client-request.schema.json","title":"ClientRequest","description":"MDP/Client REQUEST, client to broker: the MDPC02 header, command 0x01, the service name, then one or more opaque body frames; no leading empty frame (18/MDP 'MDP/Client Commands').","type":"object","properties":{"command":{"const":"REQUEST"},"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","service","body"],"additionalProperties":false,"x-requirements":["MDP2-6","MDP2-14","MDP2-23"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"01","rule":"MDP2-6"},{"name":"service","field":"service","as":"text","rule":"MDP2-14"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-6"}],"x-vectors":[{"name":"echo request with one body frame","message":{"command":"REQUEST","service":"echo","body":["hello"]},"frames":["MDPC02",{"hex":"01"},"echo","hello"]},{"name":"request with an empty and a binary body frame","message":{"command":"REQUEST","service":"db.query","body":["",{"hex":"00ff10"}]},"frames":["MDPC02",{"hex":"01"},"db.query","",{"hex":"00ff10"}]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/client-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.body === undefined) && (missing0 = "body"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "body"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate25.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data1 = data.service;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs6 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.MmiNotImplemented = validate27;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/mmi-not-implemented.schema.json","title":"MmiNotImplemented","description":"8/MMI answer over 18/MDP to any unimplemented service in the 'mmi.' namespace: a client FINAL (0x03) whose one body frame is '501'. MMI names only 7/MDP; answering with a FINAL is inferred.","type":"object","properties":{"command":{"const":"FINAL"},"service":{"type":"string","pattern":"^mmi\\.[\\x20-\\x7E]*$","maxLength":255},"status":{"const":"501"}},"required":["command","service","status"],"additionalProperties":false,"x-requirements":["MMI-7","MMI-8"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"03","rule":"MDP2-8"},{"name":"service","field":"service","as":"text","rule":"MMI-7"},{"name":"status","text":"501","rule":"MMI-7"}],"x-vectors":[{"name":"mmi.frobnicate is not implemented","message":{"command":"FINAL","service":"mmi.frobnicate","status":"501"},"frames":["MDPC02",{"hex":"03"},"mmi.frobnicate","501"]}]};
const pattern7 = new RegExp("^mmi\\.[\\x20-\\x7E]*$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/mmi-not-implemented.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.status === undefined) && (missing0 = "status"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "status"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("FINAL" !== data.command){
validate27.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "FINAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data1 = data.service;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate27.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(!pattern7.test(data1)){
validate27.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/pattern",keyword:"pattern",params:{pattern: "^mmi\\.[\\x20-\\x7E]*$"},message:"must match pattern \""+"^mmi\\.[\\x20-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs5 = errors;
if("501" !== data.status){
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "501"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.MmiServiceReply = validate28;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/mmi-service-reply.schema.json","title":"MmiServiceReply","description":"8/MMI mmi.service answer over 18/MDP: a client FINAL (0x03), with no PARTIAL before it, whose one body frame is '200' (a worker is registered for the service) or '404' (none is). MMI names only 7/MDP; answering with a FINAL is inferred.","type":"object","properties":{"command":{"const":"FINAL"},"service":{"const":"mmi.service"},"status":{"enum":["200","404"]}},"required":["command","service","status"],"additionalProperties":false,"x-requirements":["MMI-5","MMI-6","MMI-8"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"03","rule":"MDP2-8"},{"name":"service","text":"mmi.service","rule":"MMI-8"},{"name":"status","field":"status","as":"text","rule":"MMI-5"}],"x-vectors":[{"name":"echo is served","message":{"command":"FINAL","service":"mmi.service","status":"200"},"frames":["MDPC02",{"hex":"03"},"mmi.service","200"]},{"name":"echo is not served","message":{"command":"FINAL","service":"mmi.service","status":"404"},"frames":["MDPC02",{"hex":"03"},"mmi.service","404"]}]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/mmi-service-reply.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.status === undefined) && (missing0 = "status"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "status"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("FINAL" !== data.command){
validate28.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "FINAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
const _errs3 = errors;
if("mmi.service" !== data.service){
validate28.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/const",keyword:"const",params:{allowedValue: "mmi.service"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs4 = errors;
if(!((data2 === "200") || (data2 === "404"))){
validate28.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.MmiServiceRequest = validate29;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/mmi-service-request.schema.json","title":"MmiServiceRequest","description":"8/MMI mmi.service query over 18/MDP: an ordinary MDP/Client REQUEST (0x01) to service 'mmi.service' whose one body frame names the service to look up. MMI names only 7/MDP; its use over 0.2 is inferred.","type":"object","properties":{"command":{"const":"REQUEST"},"service":{"const":"mmi.service"},"name":{"$ref":"../common/service-name.schema.json"}},"required":["command","service","name"],"additionalProperties":false,"x-requirements":["MMI-4","MMI-8"],"x-frames":[{"name":"header","text":"MDPC02","rule":"MDP2-23"},{"name":"command","hex":"01","rule":"MDP2-6"},{"name":"service","text":"mmi.service","rule":"MMI-8"},{"name":"looked-up service","field":"name","as":"text","rule":"MMI-8"}],"x-vectors":[{"name":"is echo served?","message":{"command":"REQUEST","service":"mmi.service","name":"echo"},"frames":["MDPC02",{"hex":"01"},"mmi.service","echo"]}]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/mmi-service-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.name === undefined) && (missing0 = "name"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "name"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
const _errs3 = errors;
if("mmi.service" !== data.service){
validate29.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/const",keyword:"const",params:{allowedValue: "mmi.service"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) > 255){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data2)){
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerDisconnect = validate30;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-disconnect.schema.json","title":"WorkerDisconnect","description":"MDP/Worker DISCONNECT, either direction: exactly 2 frames, command 0x06 (0x05 in 0.1). Ends the logical connection (18/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"DISCONNECT"}},"required":["command"],"additionalProperties":false,"x-requirements":["MDP2-22","MDP2-23"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"06","rule":"MDP2-22"}],"x-vectors":[{"name":"disconnect","message":{"command":"DISCONNECT"},"frames":["MDPW02",{"hex":"06"}]}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-disconnect.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.command === undefined) && (missing0 = "command")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("DISCONNECT" !== data.command){
validate30.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "DISCONNECT"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerFinal = validate31;
const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-final.schema.json","title":"WorkerFinal","description":"MDP/Worker FINAL, worker to broker: the client address copied from the REQUEST, an empty frame, then the last part of the reply. 5 or more frames; exactly one per REQUEST, after which the worker is idle again (18/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"FINAL"},"client":{"$ref":"../common/routing-id.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["MDP2-20","MDP2-23","MDP2-39","MDP2-40"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"04","rule":"MDP2-20"},{"name":"client address","field":"client","as":"bytes","rule":"MDP2-39"},{"name":"address delimiter","text":"","rule":"MDP2-40"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-20"}],"x-vectors":[{"name":"final to client 0x00a1b2c3d4","message":{"command":"FINAL","client":{"hex":"00a1b2c3d4"},"body":["done"]},"frames":["MDPW02",{"hex":"04"},{"hex":"00a1b2c3d4"},"","done"]},{"name":"final with three body frames","message":{"command":"FINAL","client":"c1","body":["a","",{"hex":"ff"}]},"frames":["MDPW02",{"hex":"04"},"c1","","a","",{"hex":"ff"}]}]};
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/routing-id.schema.json","description":"A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.","x-bytes":{"minLength":1,"maxLength":255},"tsType":"Buffer"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-final.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("FINAL" !== data.command){
validate31.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "FINAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client !== undefined){
let data1 = data.client;
const _errs3 = errors;
if(!(data1 instanceof Uint8Array)){
validate31.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length < 1){
validate31.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length > 255){
validate31.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerHeartbeat = validate33;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-heartbeat.schema.json","title":"WorkerHeartbeat","description":"MDP/Worker HEARTBEAT, either direction: exactly 2 frames, command 0x05 (0x04 in 0.1). Valid only after READY (18/MDP 'Heartbeating').","type":"object","properties":{"command":{"const":"HEARTBEAT"}},"required":["command"],"additionalProperties":false,"x-requirements":["MDP2-21","MDP2-23"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"05","rule":"MDP2-21"}],"x-vectors":[{"name":"heartbeat","message":{"command":"HEARTBEAT"},"frames":["MDPW02",{"hex":"05"}]}]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-heartbeat.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.command === undefined) && (missing0 = "command")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("HEARTBEAT" !== data.command){
validate33.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "HEARTBEAT"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerPartial = validate34;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-partial.schema.json","title":"WorkerPartial","description":"MDP/Worker PARTIAL, worker to broker: the client address copied from the REQUEST, an empty frame, then part of the reply. 5 or more frames; zero or more precede the FINAL (18/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"PARTIAL"},"client":{"$ref":"../common/routing-id.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["MDP2-19","MDP2-23","MDP2-39","MDP2-40"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"03","rule":"MDP2-19"},{"name":"client address","field":"client","as":"bytes","rule":"MDP2-39"},{"name":"address delimiter","text":"","rule":"MDP2-40"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-19"}],"x-vectors":[{"name":"partial to client 0x00a1b2c3d4 with two frames","message":{"command":"PARTIAL","client":{"hex":"00a1b2c3d4"},"body":["part 1","part 2"]},"frames":["MDPW02",{"hex":"03"},{"hex":"00a1b2c3d4"},"","part 1","part 2"]}]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-partial.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("PARTIAL" !== data.command){
validate34.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "PARTIAL"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client !== undefined){
let data1 = data.client;
const _errs3 = errors;
if(!(data1 instanceof Uint8Array)){
validate34.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length < 1){
validate34.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length > 255){
validate34.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerReady = validate36;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-ready.schema.json","title":"WorkerReady","description":"MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 3 frames, no leading empty frame (18/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"READY"},"service":{"$ref":"../common/service-name.schema.json"}},"required":["command","service"],"additionalProperties":false,"x-requirements":["MDP2-17","MDP2-23","MDP2-14"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"01","rule":"MDP2-17"},{"name":"service","field":"service","as":"text","rule":"MDP2-17"}],"x-vectors":[{"name":"ready for echo","message":{"command":"READY","service":"echo"},"frames":["MDPW02",{"hex":"01"},"echo"]}]};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-ready.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "command") || (key0 === "service"))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("READY" !== data.command){
validate36.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "READY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
let data1 = data.service;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate36.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate36.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate36.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerRequest = validate37;
const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.2/worker-request.schema.json","title":"WorkerRequest","description":"MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 5 or more frames (18/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"REQUEST"},"client":{"$ref":"../common/routing-id.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["MDP2-18","MDP2-23","MDP2-39","MDP2-40"],"x-frames":[{"name":"header","text":"MDPW02","rule":"MDP2-23"},{"name":"command","hex":"02","rule":"MDP2-18"},{"name":"client address","field":"client","as":"bytes","rule":"MDP2-39"},{"name":"address delimiter","text":"","rule":"MDP2-40"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP2-18"}],"x-vectors":[{"name":"request for client 0x00a1b2c3d4","message":{"command":"REQUEST","client":{"hex":"00a1b2c3d4"},"body":["hello"]},"frames":["MDPW02",{"hex":"02"},{"hex":"00a1b2c3d4"},"","hello"]},{"name":"request with two body frames","message":{"command":"REQUEST","client":"c1","body":["",{"hex":"00ff10"}]},"frames":["MDPW02",{"hex":"02"},"c1","","",{"hex":"00ff10"}]}]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.2/worker-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate37.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client !== undefined){
let data1 = data.client;
const _errs3 = errors;
if(!(data1 instanceof Uint8Array)){
validate37.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length < 1){
validate37.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length > 255){
validate37.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
