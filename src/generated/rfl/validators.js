/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): validators.js)
 */
"use strict";
exports.HeartbeatReply = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/heartbeat-reply.schema.json","title":"HeartbeatReply","description":"Reliable Freelance heartbeat reply, server to client: an empty frame, \"HEARTBEAT\" and the server id in UTF-8 (best: the endpoint string clients connect to, RFL-S16).","type":"object","properties":{"command":{"const":"HEARTBEAT"},"serverId":{"type":"string"}},"required":["command","serverId"],"additionalProperties":false,"x-requirements":["RFL-7","RFL-2","RFL-8","RFL-S1"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"HEARTBEAT","rule":"RFL-8"},{"name":"server id","field":"serverId","as":"text","rule":"RFL-7"}],"x-vectors":[{"name":"server id is its endpoint","message":{"command":"HEARTBEAT","serverId":"tcp://127.0.0.1:5555"},"frames":["","HEARTBEAT","tcp://127.0.0.1:5555"]}]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/heartbeat-reply.schema.json" */;
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
if(((data.command === undefined) && (missing0 = "command")) || ((data.serverId === undefined) && (missing0 = "serverId"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "command") || (key0 === "serverId"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("HEARTBEAT" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "HEARTBEAT"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serverId !== undefined){
const _errs3 = errors;
if(typeof data.serverId !== "string"){
validate20.errors = [{instancePath:instancePath+"/serverId",schemaPath:"#/properties/serverId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Heartbeat = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/heartbeat.schema.json","title":"Heartbeat","description":"Reliable Freelance HEARTBEAT, client to server: exactly an empty frame and \"HEARTBEAT\". The client sends one to every server each interval (RFL-C7).","type":"object","properties":{"command":{"const":"HEARTBEAT"}},"required":["command"],"additionalProperties":false,"x-requirements":["RFL-4","RFL-2","RFL-8"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"HEARTBEAT","rule":"RFL-8"}],"x-vectors":[{"name":"heartbeat","message":{"command":"HEARTBEAT"},"frames":["","HEARTBEAT"]}]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/heartbeat.schema.json" */;
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
if((data.command === undefined) && (missing0 = "command")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("HEARTBEAT" !== data.command){
validate21.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "HEARTBEAT"},message:"must be equal to constant"}];
return false;
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

exports.Request = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/request.schema.json","title":"Request","description":"Reliable Freelance REQUEST, client to server: an empty frame, \"REQUEST\", the request id (UTF-8 text; a UUID4 string from the seed's client, the same for every attempt) and one or more payload frames. The request id is carried as bytes so that a RESPONSE can echo it byte for byte (RFL-10); whether it is UTF-8 and UUID-shaped is checked by the peers (RFL-9, RFL-C1, RFL-S12), not here.","type":"object","properties":{"command":{"const":"REQUEST"},"requestId":{"$ref":"../common/bytes.schema.json"},"payload":{"$ref":"../common/body-frames.schema.json"}},"required":["command","requestId","payload"],"additionalProperties":false,"x-requirements":["RFL-3","RFL-2","RFL-8","RFL-9","RFL-C19"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"REQUEST","rule":"RFL-8"},{"name":"request id","field":"requestId","as":"bytes","rule":"RFL-3"},{"name":"payload","field":"payload","as":"bytes","repeat":true,"rule":"RFL-3"}],"x-vectors":[{"name":"one payload frame","message":{"command":"REQUEST","requestId":"0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","payload":["hello"]},"frames":["","REQUEST","0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","hello"]},{"name":"an empty and a binary payload frame","message":{"command":"REQUEST","requestId":"0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","payload":["",{"hex":"00ff"}]},"frames":["","REQUEST","0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","",{"hex":"00ff"}]}]};
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/common/body-frames.schema.json" */;
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
if(Array.isArray(data)){
if(data.length < 1){
validate23.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(data[i0] instanceof Uint8Array)){
validate23.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/request.schema.json" */;
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
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.command === undefined) && (missing0 = "command")) || ((data.requestId === undefined) && (missing0 = "requestId"))) || ((data.payload === undefined) && (missing0 = "payload"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "requestId")) || (key0 === "payload"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate22.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs3 = errors;
if(!(data.requestId instanceof Uint8Array)){
validate22.errors = [{instancePath:instancePath+"/requestId",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payload !== undefined){
const _errs5 = errors;
if(!(validate23(data.payload, {instancePath:instancePath+"/payload",parentData:data,parentDataProperty:"payload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ResponseError = validate25;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/response-error.schema.json","title":"ResponseError","description":"Reliable Freelance RESPONSE with \"ERROR\", server to client: the request id byte for byte, then exactly one frame of UTF-8 text saying what went wrong (never raw exception text, RFL-S19).","type":"object","properties":{"command":{"const":"RESPONSE"},"status":{"const":"ERROR"},"requestId":{"$ref":"../common/bytes.schema.json"},"message":{"type":"string"}},"required":["command","status","requestId","message"],"additionalProperties":false,"x-requirements":["RFL-6","RFL-2","RFL-8","RFL-10","RFL-S3"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"RESPONSE","rule":"RFL-8"},{"name":"request id","field":"requestId","as":"bytes","rule":"RFL-10"},{"name":"status","text":"ERROR","rule":"RFL-8"},{"name":"message","field":"message","as":"text","rule":"RFL-6"}],"x-vectors":[{"name":"payload missing","message":{"command":"RESPONSE","status":"ERROR","requestId":"0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","message":"no payload frame"},"frames":["","RESPONSE","0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","ERROR","no payload frame"]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/response-error.schema.json" */;
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
if(((((data.command === undefined) && (missing0 = "command")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.requestId === undefined) && (missing0 = "requestId"))) || ((data.message === undefined) && (missing0 = "message"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "status")) || (key0 === "requestId")) || (key0 === "message"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("RESPONSE" !== data.command){
validate25.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "RESPONSE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs3 = errors;
if("ERROR" !== data.status){
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ERROR"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs4 = errors;
if(!(data.requestId instanceof Uint8Array)){
validate25.errors = [{instancePath:instancePath+"/requestId",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs6 = errors;
if(typeof data.message !== "string"){
validate25.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

exports.ResponseOkEmpty = validate26;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/response-ok-empty.schema.json","title":"ResponseOkEmpty","description":"Reliable Freelance RESPONSE with \"OK\" and no result frame, server to client: the seed allows a result of zero frames (RFL-5). A layout of its own because a repeated field holds one or more frames.","type":"object","properties":{"command":{"const":"RESPONSE"},"status":{"const":"OK"},"requestId":{"$ref":"../common/bytes.schema.json"}},"required":["command","status","requestId"],"additionalProperties":false,"x-requirements":["RFL-5","RFL-2","RFL-8","RFL-10","RFL-S3"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"RESPONSE","rule":"RFL-8"},{"name":"request id","field":"requestId","as":"bytes","rule":"RFL-10"},{"name":"status","text":"OK","rule":"RFL-8"}],"x-vectors":[{"name":"empty result","message":{"command":"RESPONSE","status":"OK","requestId":"0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21"},"frames":["","RESPONSE","0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","OK"]}]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/response-ok-empty.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "status")) || (key0 === "requestId"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("RESPONSE" !== data.command){
validate26.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "RESPONSE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs3 = errors;
if("OK" !== data.status){
validate26.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "OK"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs4 = errors;
if(!(data.requestId instanceof Uint8Array)){
validate26.errors = [{instancePath:instancePath+"/requestId",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
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

exports.ResponseOk = validate27;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/rfl/response-ok.schema.json","title":"ResponseOk","description":"Reliable Freelance RESPONSE with \"OK\" and one or more result frames, server to client: the request id byte for byte, then the result (by default an echo of the payload). An OK with no result frame is ResponseOkEmpty.","type":"object","properties":{"command":{"const":"RESPONSE"},"status":{"const":"OK"},"requestId":{"$ref":"../common/bytes.schema.json"},"result":{"$ref":"../common/body-frames.schema.json"}},"required":["command","status","requestId","result"],"additionalProperties":false,"x-requirements":["RFL-5","RFL-2","RFL-8","RFL-10","RFL-S3"],"x-frames":[{"name":"empty","text":"","rule":"RFL-2"},{"name":"command","text":"RESPONSE","rule":"RFL-8"},{"name":"request id","field":"requestId","as":"bytes","rule":"RFL-10"},{"name":"status","text":"OK","rule":"RFL-8"},{"name":"result","field":"result","as":"bytes","repeat":true,"rule":"RFL-5"}],"x-vectors":[{"name":"echo of one payload frame","message":{"command":"RESPONSE","status":"OK","requestId":"0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","result":["hello"]},"frames":["","RESPONSE","0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21","OK","hello"]}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/rfl/response-ok.schema.json" */;
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
if(((((data.command === undefined) && (missing0 = "command")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.requestId === undefined) && (missing0 = "requestId"))) || ((data.result === undefined) && (missing0 = "result"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "status")) || (key0 === "requestId")) || (key0 === "result"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("RESPONSE" !== data.command){
validate27.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "RESPONSE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs3 = errors;
if("OK" !== data.status){
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "OK"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs4 = errors;
if(!(data.requestId instanceof Uint8Array)){
validate27.errors = [{instancePath:instancePath+"/requestId",schemaPath:"../common/bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
const _errs6 = errors;
if(!(validate23(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
