/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: validators.js)
 */
"use strict";
exports.Heartbeat = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/ppp/heartbeat.schema.json","title":"Heartbeat","description":"6/PPP HEARTBEAT, either direction: one frame, the byte 0x02 (PPP-8, PPP-9). Not the string \"HEARTBEAT\" some Guide ports send.","type":"object","properties":{"command":{"const":"HEARTBEAT"}},"required":["command"],"additionalProperties":false,"x-requirements":["PPP-3"],"x-frames":[{"name":"command","hex":"02","rule":"PPP-3"}],"x-vectors":[{"name":"heartbeat","message":{"command":"HEARTBEAT"},"frames":[{"hex":"02"}]}]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/ppp/heartbeat.schema.json" */;
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
if("HEARTBEAT" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "HEARTBEAT"},message:"must be equal to constant"}];
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

exports.Ready = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/ppp/ready.schema.json","title":"Ready","description":"6/PPP READY, worker to queue: one frame, the byte 0x01. Opens every conversation (PPP-1); sent again on a new connection after the queue is lost (PPP-12).","type":"object","properties":{"command":{"const":"READY"}},"required":["command"],"additionalProperties":false,"x-requirements":["PPP-2","PPP-1"],"x-frames":[{"name":"command","hex":"01","rule":"PPP-2"}],"x-vectors":[{"name":"ready","message":{"command":"READY"},"frames":[{"hex":"01"}]}]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/ppp/ready.schema.json" */;
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
if("READY" !== data.command){
validate21.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "READY"},message:"must be equal to constant"}];
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

exports.Reply = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/ppp/reply.schema.json","title":"Reply","description":"6/PPP REPLY, worker to queue: the address stack of the REQUEST it answers, unchanged, the empty frame closing it, then one or more content frames (PPP-5: the structure of REQUEST).","type":"object","properties":{"command":{"const":"REPLY"},"stack":{"description":"The address stack of the REQUEST, unchanged: the queue routes the answer by it (PPP-5).","type":"array","minItems":1,"items":{"$ref":"../common/routing-id.schema.json"},"tsType":"Buffer[]"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","stack","body"],"additionalProperties":false,"x-requirements":["PPP-5"],"x-frames":[{"name":"address stack","field":"stack","envelope":true,"rule":"PPP-5"},{"name":"content","field":"body","as":"bytes","repeat":true,"rule":"PPP-5"}],"x-vectors":[{"name":"reply to client 0x00a1b2c3d4","message":{"command":"REPLY","stack":[{"hex":"00a1b2c3d4"}],"body":["hello"]},"frames":[{"hex":"00a1b2c3d4"},"","hello"]},{"name":"two-frame reply through two hops","message":{"command":"REPLY","stack":["hop-b",{"hex":"00c0ffee"}],"body":["part 1","part 2"]},"frames":["hop-b",{"hex":"00c0ffee"},"","part 1","part 2"]}]};
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/routing-id.schema.json","description":"A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.","x-bytes":{"minLength":1,"maxLength":255},"tsType":"Buffer"};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};

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
/*# sourceURL="https://marque.zeromq.dev/schemas/ppp/reply.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.stack === undefined) && (missing0 = "stack"))) || ((data.body === undefined) && (missing0 = "body"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "stack")) || (key0 === "body"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REPLY" !== data.command){
validate22.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stack !== undefined){
let data1 = data.stack;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate22.errors = [{instancePath:instancePath+"/stack",schemaPath:"#/properties/stack/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate22.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate22.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate22.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/stack",schemaPath:"#/properties/stack/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
const _errs7 = errors;
if(!(validate23(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
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

exports.Request = validate25;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/ppp/request.schema.json","title":"Request","description":"6/PPP REQUEST, queue to worker: the address stack (in the Guide's topology, the client's identity), the empty frame closing it, then one or more content frames, unchanged from the client.","type":"object","properties":{"command":{"const":"REQUEST"},"stack":{"description":"The address stack, ID(c) first; the queue routes the REPLY by it (PPP-4).","type":"array","minItems":1,"items":{"$ref":"../common/routing-id.schema.json"},"tsType":"Buffer[]"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","stack","body"],"additionalProperties":false,"x-requirements":["PPP-4"],"x-frames":[{"name":"address stack","field":"stack","envelope":true,"rule":"PPP-4"},{"name":"content","field":"body","as":"bytes","repeat":true,"rule":"PPP-4"}],"x-vectors":[{"name":"request from client 0x00a1b2c3d4","message":{"command":"REQUEST","stack":[{"hex":"00a1b2c3d4"}],"body":["hello"]},"frames":[{"hex":"00a1b2c3d4"},"","hello"]},{"name":"two-frame request through two hops","message":{"command":"REQUEST","stack":["hop-b",{"hex":"00c0ffee"}],"body":["part 1","part 2"]},"frames":["hop-b",{"hex":"00c0ffee"},"","part 1","part 2"]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/ppp/request.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.stack === undefined) && (missing0 = "stack"))) || ((data.body === undefined) && (missing0 = "body"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "stack")) || (key0 === "body"))){
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
if(data.stack !== undefined){
let data1 = data.stack;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate25.errors = [{instancePath:instancePath+"/stack",schemaPath:"#/properties/stack/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate25.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate25.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate25.errors = [{instancePath:instancePath+"/stack/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/stack",schemaPath:"#/properties/stack/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
const _errs7 = errors;
if(!(validate23(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
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
