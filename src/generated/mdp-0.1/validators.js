/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: validators.js)
 */
"use strict";
function __ucs2length(s) {
  let n = 0
  for (const _ of s) n++
  return n
}
exports.ClientReply = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/client-reply.schema.json","title":"ClientReply","description":"MDP/Client REPLY, broker to client: an empty frame, the MDPC01 header, the service name, then one or more body frames from the worker's REPLY (7/MDP 'MDP/Client Commands').","type":"object","properties":{"command":{"const":"REPLY"},"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","service","body"],"additionalProperties":false,"x-requirements":["MDP-7","MDP-22"],"x-frames":[{"name":"empty","text":"","rule":"MDP-7"},{"name":"header","text":"MDPC01","rule":"MDP-22"},{"name":"service","field":"service","as":"text","rule":"MDP-7"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP-7"}],"x-vectors":[{"name":"echo reply","message":{"command":"REPLY","service":"echo","body":["hello"]},"frames":["","MDPC01","echo","hello"]}]};
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
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/client-reply.schema.json" */;
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
if("REPLY" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
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

exports.ClientRequest = validate23;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/client-request.schema.json","title":"ClientRequest","description":"MDP/Client REQUEST, client to broker: an empty frame, the MDPC01 header, the service name, then one or more opaque body frames (7/MDP 'MDP/Client Commands').","type":"object","properties":{"command":{"const":"REQUEST"},"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","service","body"],"additionalProperties":false,"x-requirements":["MDP-6","MDP-13","MDP-22"],"x-frames":[{"name":"empty","text":"","rule":"MDP-6"},{"name":"header","text":"MDPC01","rule":"MDP-22"},{"name":"service","field":"service","as":"text","rule":"MDP-13"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP-6"}],"x-vectors":[{"name":"echo request with one body frame","message":{"command":"REQUEST","service":"echo","body":["hello"]},"frames":["","MDPC01","echo","hello"]},{"name":"request with an empty and a binary body frame","message":{"command":"REQUEST","service":"db.query","body":["",{"hex":"00ff10"}]},"frames":["","MDPC01","db.query","",{"hex":"00ff10"}]}]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/client-request.schema.json" */;
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
if("REQUEST" !== data.command){
validate23.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
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

exports.MmiNotImplemented = validate25;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/mmi-not-implemented.schema.json","title":"MmiNotImplemented","description":"8/MMI answer to any unimplemented service in the 'mmi.' namespace: an ordinary MDP/Client REPLY whose one body frame is '501'.","type":"object","properties":{"command":{"const":"REPLY"},"service":{"type":"string","pattern":"^mmi\\.[\\x20-\\x7E]*$","maxLength":255},"status":{"const":"501"}},"required":["command","service","status"],"additionalProperties":false,"x-requirements":["MMI-7","MMI-8"],"x-frames":[{"name":"empty","text":"","rule":"MDP-7"},{"name":"header","text":"MDPC01","rule":"MDP-22"},{"name":"service","field":"service","as":"text","rule":"MMI-7"},{"name":"status","text":"501","rule":"MMI-7"}],"x-vectors":[{"name":"mmi.frobnicate is not implemented","message":{"command":"REPLY","service":"mmi.frobnicate","status":"501"},"frames":["","MDPC01","mmi.frobnicate","501"]}]};
const pattern6 = new RegExp("^mmi\\.[\\x20-\\x7E]*$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/mmi-not-implemented.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.status === undefined) && (missing0 = "status"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "status"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REPLY" !== data.command){
validate25.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
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
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(!pattern6.test(data1)){
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/pattern",keyword:"pattern",params:{pattern: "^mmi\\.[\\x20-\\x7E]*$"},message:"must match pattern \""+"^mmi\\.[\\x20-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "501"},message:"must be equal to constant"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.MmiServiceReply = validate26;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/mmi-service-reply.schema.json","title":"MmiServiceReply","description":"8/MMI mmi.service answer: an ordinary MDP/Client REPLY whose one body frame is '200' (a worker is registered for the service) or '404' (none is).","type":"object","properties":{"command":{"const":"REPLY"},"service":{"const":"mmi.service"},"status":{"enum":["200","404"]}},"required":["command","service","status"],"additionalProperties":false,"x-requirements":["MMI-5","MMI-6","MMI-8"],"x-frames":[{"name":"empty","text":"","rule":"MDP-7"},{"name":"header","text":"MDPC01","rule":"MDP-22"},{"name":"service","text":"mmi.service","rule":"MMI-8"},{"name":"status","field":"status","as":"text","rule":"MMI-5"}],"x-vectors":[{"name":"echo is served","message":{"command":"REPLY","service":"mmi.service","status":"200"},"frames":["","MDPC01","mmi.service","200"]},{"name":"echo is not served","message":{"command":"REPLY","service":"mmi.service","status":"404"},"frames":["","MDPC01","mmi.service","404"]}]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/mmi-service-reply.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "status"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REPLY" !== data.command){
validate26.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
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
validate26.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/const",keyword:"const",params:{allowedValue: "mmi.service"},message:"must be equal to constant"}];
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
validate26.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema38.properties.status.enum},message:"must be equal to one of the allowed values"}];
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.MmiServiceRequest = validate27;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/mmi-service-request.schema.json","title":"MmiServiceRequest","description":"8/MMI mmi.service query: an ordinary MDP/Client REQUEST to service 'mmi.service' whose one body frame names the service to look up.","type":"object","properties":{"command":{"const":"REQUEST"},"service":{"const":"mmi.service"},"name":{"$ref":"../common/service-name.schema.json"}},"required":["command","service","name"],"additionalProperties":false,"x-requirements":["MMI-4","MMI-8"],"x-frames":[{"name":"empty","text":"","rule":"MDP-6"},{"name":"header","text":"MDPC01","rule":"MDP-22"},{"name":"service","text":"mmi.service","rule":"MMI-8"},{"name":"looked-up service","field":"name","as":"text","rule":"MMI-8"}],"x-vectors":[{"name":"is echo served?","message":{"command":"REQUEST","service":"mmi.service","name":"echo"},"frames":["","MDPC01","mmi.service","echo"]}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/mmi-service-request.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.name === undefined) && (missing0 = "name"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "service")) || (key0 === "name"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate27.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
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
validate27.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/const",keyword:"const",params:{allowedValue: "mmi.service"},message:"must be equal to constant"}];
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
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data2)){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerDisconnect = validate28;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/worker-disconnect.schema.json","title":"WorkerDisconnect","description":"MDP/Worker DISCONNECT, either direction: exactly 3 frames. Ends the logical connection (7/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"DISCONNECT"}},"required":["command"],"additionalProperties":false,"x-requirements":["MDP-20","MDP-21","MDP-22"],"x-frames":[{"name":"empty","text":"","rule":"MDP-21"},{"name":"header","text":"MDPW01","rule":"MDP-22"},{"name":"command","hex":"05","rule":"MDP-20"}],"x-vectors":[{"name":"disconnect","message":{"command":"DISCONNECT"},"frames":["","MDPW01",{"hex":"05"}]}]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/worker-disconnect.schema.json" */;
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
if((data.command === undefined) && (missing0 = "command")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("DISCONNECT" !== data.command){
validate28.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "DISCONNECT"},message:"must be equal to constant"}];
return false;
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

exports.WorkerHeartbeat = validate29;
const schema42 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/worker-heartbeat.schema.json","title":"WorkerHeartbeat","description":"MDP/Worker HEARTBEAT, either direction: exactly 3 frames. Valid only after READY (7/MDP 'Heartbeating').","type":"object","properties":{"command":{"const":"HEARTBEAT"}},"required":["command"],"additionalProperties":false,"x-requirements":["MDP-19","MDP-21","MDP-22"],"x-frames":[{"name":"empty","text":"","rule":"MDP-21"},{"name":"header","text":"MDPW01","rule":"MDP-22"},{"name":"command","hex":"04","rule":"MDP-19"}],"x-vectors":[{"name":"heartbeat","message":{"command":"HEARTBEAT"},"frames":["","MDPW01",{"hex":"04"}]}]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/worker-heartbeat.schema.json" */;
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
if((data.command === undefined) && (missing0 = "command")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("HEARTBEAT" !== data.command){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "HEARTBEAT"},message:"must be equal to constant"}];
return false;
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

exports.WorkerReady = validate30;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/worker-ready.schema.json","title":"WorkerReady","description":"MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 4 frames (7/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"READY"},"service":{"$ref":"../common/service-name.schema.json"}},"required":["command","service"],"additionalProperties":false,"x-requirements":["MDP-16","MDP-21","MDP-22","MDP-13"],"x-frames":[{"name":"empty","text":"","rule":"MDP-21"},{"name":"header","text":"MDPW01","rule":"MDP-22"},{"name":"command","hex":"01","rule":"MDP-16"},{"name":"service","field":"service","as":"text","rule":"MDP-16"}],"x-vectors":[{"name":"ready for echo","message":{"command":"READY","service":"echo"},"frames":["","MDPW01",{"hex":"01"},"echo"]}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/worker-ready.schema.json" */;
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
if(((data.command === undefined) && (missing0 = "command")) || ((data.service === undefined) && (missing0 = "service"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "command") || (key0 === "service"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("READY" !== data.command){
validate30.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "READY"},message:"must be equal to constant"}];
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
validate30.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate30.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate30.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerReply = validate31;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/worker-reply.schema.json","title":"WorkerReply","description":"MDP/Worker REPLY, worker to broker: the client address copied from the REQUEST, an empty frame, then the reply body. 6 or more frames (7/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"REPLY"},"client":{"$ref":"../common/routing-id.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["MDP-18","MDP-21","MDP-22","MDP-37","MDP-38"],"x-frames":[{"name":"empty","text":"","rule":"MDP-21"},{"name":"header","text":"MDPW01","rule":"MDP-22"},{"name":"command","hex":"03","rule":"MDP-18"},{"name":"client address","field":"client","as":"bytes","rule":"MDP-37"},{"name":"address delimiter","text":"","rule":"MDP-38"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP-18"}],"x-vectors":[{"name":"reply to client 0x00a1b2c3d4 with two frames","message":{"command":"REPLY","client":{"hex":"00a1b2c3d4"},"body":["part 1","part 2"]},"frames":["","MDPW01",{"hex":"03"},{"hex":"00a1b2c3d4"},"","part 1","part 2"]}]};
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/routing-id.schema.json","description":"A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.","x-bytes":{"minLength":1,"maxLength":255},"tsType":"Buffer"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/worker-reply.schema.json" */;
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
if("REPLY" !== data.command){
validate31.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
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

exports.WorkerRequest = validate33;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/mdp-0.1/worker-request.schema.json","title":"WorkerRequest","description":"MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 6 or more frames (7/MDP 'MDP/Worker Commands').","type":"object","properties":{"command":{"const":"REQUEST"},"client":{"$ref":"../common/routing-id.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["MDP-17","MDP-21","MDP-22","MDP-37","MDP-38"],"x-frames":[{"name":"empty","text":"","rule":"MDP-21"},{"name":"header","text":"MDPW01","rule":"MDP-22"},{"name":"command","hex":"02","rule":"MDP-17"},{"name":"client address","field":"client","as":"bytes","rule":"MDP-37"},{"name":"address delimiter","text":"","rule":"MDP-38"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"MDP-17"}],"x-vectors":[{"name":"request for client 0x00a1b2c3d4","message":{"command":"REQUEST","client":{"hex":"00a1b2c3d4"},"body":["hello"]},"frames":["","MDPW01",{"hex":"02"},{"hex":"00a1b2c3d4"},"","hello"]}]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/mdp-0.1/worker-request.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate33.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
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
validate33.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length < 1){
validate33.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data1.length > 255){
validate33.errors = [{instancePath:instancePath+"/client",schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
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
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
