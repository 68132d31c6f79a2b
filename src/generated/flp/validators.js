/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: validators.js)
 */
"use strict";
exports.ClientPing = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/flp/client-ping.schema.json","title":"ClientPing","description":"10/FLP ping, client to server: exactly one frame holding \"PING\". A message of two or more frames is a request, whatever its first frame holds.","type":"object","properties":{"command":{"const":"PING"}},"required":["command"],"additionalProperties":false,"x-requirements":["FLP-1"],"x-frames":[{"name":"command","text":"PING","rule":"FLP-1"}],"x-vectors":[{"name":"ping","message":{"command":"PING"},"frames":["PING"]}]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/flp/client-ping.schema.json" */;
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
if((data.command === undefined) && (missing0 = "command")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("PING" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "PING"},message:"must be equal to constant"}];
return false;
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

exports.ClientRequest = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/flp/client-request.schema.json","title":"ClientRequest","description":"10/FLP request, client to server: the Client Control Frame (CCF, opaque to the server, e.g. a sequence number) then one or more body frames. Two or more frames in all.","type":"object","properties":{"command":{"const":"REQUEST"},"ccf":{"$ref":"../common/bytes.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","ccf","body"],"additionalProperties":false,"x-requirements":["FLP-3","FLP-5"],"x-frames":[{"name":"ccf","field":"ccf","as":"bytes","rule":"FLP-3"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"FLP-3"}],"x-vectors":[{"name":"sequence number 1 with one body frame","message":{"command":"REQUEST","ccf":"1","body":["hello"]},"frames":["1","hello"]},{"name":"a CCF that reads PING is still a request","message":{"command":"REQUEST","ccf":"PING","body":["",{"hex":"00ff"}]},"frames":["PING","",{"hex":"00ff"}]}]};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/common/body-frames.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate22.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(data[i0] instanceof Uint8Array)){
validate22.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/flp/client-request.schema.json" */;
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
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.ccf === undefined) && (missing0 = "ccf"))) || ((data.body === undefined) && (missing0 = "body"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "ccf")) || (key0 === "body"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate21.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ccf !== undefined){
const _errs3 = errors;
if(!(data.ccf instanceof Uint8Array)){
validate21.errors = [{instancePath:instancePath+"/ccf",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate22(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ServerPong = validate24;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/flp/server-pong.schema.json","title":"ServerPong","description":"10/FLP pong, server to client, the answer to a ping: one frame holding \"PONG\" (the RFC says a message containing it; the Guide's servers send that one frame).","type":"object","properties":{"command":{"const":"PONG"}},"required":["command"],"additionalProperties":false,"x-requirements":["FLP-2"],"x-frames":[{"name":"command","text":"PONG","rule":"FLP-2"}],"x-vectors":[{"name":"pong","message":{"command":"PONG"},"frames":["PONG"]}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/flp/server-pong.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
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
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("PONG" !== data.command){
validate24.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "PONG"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ServerReply = validate25;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/flp/server-reply.schema.json","title":"ServerReply","description":"10/FLP reply, server to client: the request's CCF, unchanged, then one or more frames of reply body.","type":"object","properties":{"command":{"const":"REPLY"},"ccf":{"$ref":"../common/bytes.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","ccf","body"],"additionalProperties":false,"x-requirements":["FLP-4"],"x-frames":[{"name":"ccf","field":"ccf","as":"bytes","rule":"FLP-4"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"FLP-4"}],"x-vectors":[{"name":"reply to sequence number 1","message":{"command":"REPLY","ccf":"1","body":["OK"]},"frames":["1","OK"]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/flp/server-reply.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.ccf === undefined) && (missing0 = "ccf"))) || ((data.body === undefined) && (missing0 = "body"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "ccf")) || (key0 === "body"))){
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
if(data.ccf !== undefined){
const _errs3 = errors;
if(!(data.ccf instanceof Uint8Array)){
validate25.errors = [{instancePath:instancePath+"/ccf",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate22(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
